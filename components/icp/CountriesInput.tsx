import { useState } from "react";
import { geoPresets } from "@/lib/scoring/normalise/location";
import type { Translate } from "../use-ui-language";
import { ListInput } from "./inputs";

type CountriesProps = { values: readonly string[] | undefined; onChange: (values: string[]) => void; t: Translate };

/** Countries as ISO codes, with the presets (DACH, Benelux, Nordics) one click away. */
export function CountriesInput({ values, onChange, t }: CountriesProps) {
  // The list keeps the text as typed; a preset replaces it, so the input starts afresh.
  const [version, setVersion] = useState(0);
  const choose = (codes: readonly string[]) => {
    onChange([...codes]);
    setVersion((old) => old + 1);
  };
  return (
    <>
      <ListInput
        key={version}
        label={t("icpCountries")}
        hint="DE, AT, CH"
        values={values}
        transform={(code) => code.toUpperCase()}
        onChange={onChange}
      />
      <div className="row">
        {Object.entries(geoPresets).map(([name, codes]) => (
          <button key={name} type="button" className="secondary" onClick={() => choose(codes)}>
            {name}
          </button>
        ))}
      </div>
    </>
  );
}
