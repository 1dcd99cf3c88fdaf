import { useId, useState } from "react";

/** Small controlled inputs for the criterion forms; each renders its own label. */

type Option<T extends string> = { value: T; label: string };

export function MultiSelect<T extends string>(props: {
  label: string;
  hint: string;
  options: readonly Option<T>[];
  values: readonly T[];
  onChange: (values: T[]) => void;
}) {
  const id = useId();
  const allowed = new Map(props.options.map((option) => [option.value as string, option.value]));
  return (
    <>
      <label htmlFor={id}>{props.label}</label>
      <select
        id={id}
        multiple
        size={Math.min(6, props.options.length)}
        value={[...props.values]}
        onChange={(event) =>
          props.onChange([...event.target.selectedOptions].flatMap((option) => allowed.get(option.value) ?? []))
        }
      >
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <small className="muted">{props.hint}</small>
    </>
  );
}

export function ChoiceSelect<T extends string>(props: {
  label: string;
  options: readonly Option<T>[];
  value: T | undefined;
  /** Shown as the first option when the value may be left open. */
  emptyLabel?: string;
  onChange: (value: T | undefined) => void;
}) {
  const id = useId();
  const choose = (value: string) => props.onChange(props.options.find((option) => option.value === value)?.value);
  return (
    <>
      <label htmlFor={id}>{props.label}</label>
      <select id={id} value={props.value ?? ""} onChange={(event) => choose(event.target.value)}>
        {props.emptyLabel !== undefined && <option value="">{props.emptyLabel}</option>}
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </>
  );
}

/** A comma-separated list; the raw text stays as typed so a trailing comma does not vanish. */
export function ListInput(props: {
  label: string;
  hint: string;
  values: readonly string[] | undefined;
  transform?: (value: string) => string;
  onChange: (values: string[]) => void;
}) {
  const id = useId();
  const [text, setText] = useState((props.values ?? []).join(", "));
  const change = (next: string) => {
    setText(next);
    const items = next.split(/[,;\n]/).map((item) => item.trim());
    props.onChange(items.filter(Boolean).map(props.transform ?? ((item) => item)));
  };
  return (
    <>
      <label htmlFor={id}>{props.label}</label>
      <input id={id} value={text} placeholder={props.hint} onChange={(event) => change(event.target.value)} />
    </>
  );
}

/** A number that may be left empty (an open bound). */
export function NumberInput(props: {
  label: string;
  value: number | undefined;
  min?: number;
  max?: number;
  onChange: (value: number | undefined) => void;
}) {
  const id = useId();
  const change = (text: string) => {
    const value = text.trim() === "" ? undefined : Number(text);
    props.onChange(value === undefined || Number.isNaN(value) ? undefined : value);
  };
  return (
    <>
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type="number"
        min={props.min}
        max={props.max}
        value={props.value ?? ""}
        onChange={(event) => change(event.target.value)}
      />
    </>
  );
}

export const optionsOf = <T extends string>(values: readonly T[], label: (value: T) => string = String) =>
  values.map((value) => ({ value, label: label(value) }));
