import type { ReactNode } from "react";

export interface FieldProps {
  /** The Zod path of the value, e.g. "successMetrics.0.value": id, name and error key in one. */
  path: string;
  label: string;
  error?: string;
  children(props: { id: string; name: string; "aria-invalid": boolean; "aria-describedby"?: string }): ReactNode;
}

/** A label, the control and its validation message, tied together for screen readers. */
export function Field({ path, label, error, children }: FieldProps) {
  const id = `offer-${path.replace(/\./g, "-")}`;
  return (
    <div>
      <label htmlFor={id}>{label}</label>
      {children({ id, name: path, "aria-invalid": error !== undefined, "aria-describedby": error && `${id}-error` })}
      {error && (
        <p
          id={`${id}-error`}
          className="field-error"
          role="alert"
          style={{ color: "light-dark(#b3261e, #ff8a80)", margin: "2px 0 0" }}
        >
          {error}
        </p>
      )}
    </div>
  );
}

interface TextFieldProps {
  path: string;
  label: string;
  value: string;
  error?: string;
  multiline?: boolean;
  inputMode?: "decimal" | "text";
  onChange(value: string): void;
}

export function TextField({ multiline, inputMode, value, onChange, ...field }: TextFieldProps) {
  return (
    <Field {...field}>
      {(control) =>
        multiline ? (
          <textarea {...control} rows={3} value={value} onChange={(event) => onChange(event.target.value)} />
        ) : (
          <input {...control} inputMode={inputMode} value={value} onChange={(event) => onChange(event.target.value)} />
        )
      }
    </Field>
  );
}

interface SelectFieldProps<V extends string> {
  path: string;
  label: string;
  value: V;
  options: readonly { value: V; label: string }[];
  error?: string;
  onChange(value: V): void;
}

export function SelectField<V extends string>({ value, options, onChange, ...field }: SelectFieldProps<V>) {
  return (
    <Field {...field}>
      {(control) => (
        <select
          {...control}
          value={value}
          onChange={(event) => {
            const chosen = options.find((option) => option.value === event.target.value);
            if (chosen) onChange(chosen.value);
          }}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
