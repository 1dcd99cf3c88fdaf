import { useState } from "react";
import type { Translate } from "@/components/use-ui-language";
import type { RecipientOption } from "@/lib/drafting/recipient";

interface RecipientPickerProps {
  options: RecipientOption[];
  /** The confirmed address, if any. */
  value?: string;
  t: Translate;
  onChoose(address: string): void;
}

const EMAIL = /^[^\s@<>()",;]+@[^\s@<>()",;]+\.[a-z]{2,}$/i;

/** The captured address, else guesses clearly marked unverified, else one the user types; the user confirms. */
export function RecipientPicker({ options, value, t, onChoose }: RecipientPickerProps) {
  const [typed, setTyped] = useState("");
  const known = options.some((option) => option.address === value);
  return (
    <fieldset className="card" data-testid="recipient">
      <legend>{t("draftRecipient")}</legend>
      {!value && <p role="status">{t(options.length ? "draftRecipientPick" : "draftRecipientUnknown")}</p>}
      {options.map((option) => (
        <label key={option.address}>
          <input
            type="radio"
            name="recipient"
            style={{ width: "auto" }}
            checked={value === option.address}
            onChange={() => onChoose(option.address)}
          />{" "}
          {option.address}{" "}
          <span className="muted">
            ({t(option.unverified ? "draftRecipientUnverified" : "draftRecipientCaptured")})
          </span>
        </label>
      ))}
      {value && !known && (
        <p>
          {t("draftRecipientChosen")}: <span data-testid="recipient-address">{value}</span>
        </p>
      )}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (EMAIL.test(typed.trim())) onChoose(typed.trim());
        }}
      >
        <label htmlFor="recipient-other">{t("draftRecipientOther")}</label>
        <div className="row">
          <input
            id="recipient-other"
            type="email"
            style={{ flex: 1 }}
            value={typed}
            maxLength={320}
            onChange={(event) => setTyped(event.target.value)}
          />
          <button type="submit" className="secondary" style={{ flex: "none" }}>
            {t("draftRecipientUse")}
          </button>
        </div>
      </form>
    </fieldset>
  );
}
