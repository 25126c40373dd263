/** Pill buttons for choosing among a few options (one or several); real buttons, so they work with a keyboard and a screen reader. */
import styles from './choice-chips.module.css';

export interface ChipOption<Value extends string> {
  value: Value;
  label: string;
}

interface ChipButtonsProps<Value extends string> {
  id?: string | undefined;
  label?: string | undefined;
  options: readonly ChipOption<Value>[];
  isSelected: (value: Value) => boolean;
  onToggle: (value: Value) => void;
}

function ChipButtons<Value extends string>({
  id,
  label,
  options,
  isSelected,
  onToggle,
}: ChipButtonsProps<Value>) {
  return (
    <fieldset id={id} className={styles.chips} aria-label={label}>
      {options.map((option) => (
        <button
          key={option.value}
          type="button"
          className={styles.chip}
          aria-pressed={isSelected(option.value)}
          onClick={() => onToggle(option.value)}
        >
          {option.label}
        </button>
      ))}
    </fieldset>
  );
}

interface SingleChoiceProps<Value extends string> {
  id?: string;
  label?: string;
  options: readonly ChipOption<Value>[];
  value?: Value | undefined;
  onChange?: (value: Value | undefined) => void;
  /** Tapping the chosen chip again clears the choice (filters), or keeps it (required form fields). */
  canClear?: boolean;
}

export function SingleChoiceChips<Value extends string>(props: SingleChoiceProps<Value>) {
  const { value, onChange, canClear = false } = props;
  return (
    <ChipButtons
      id={props.id}
      label={props.label}
      options={props.options}
      isSelected={(candidate) => candidate === value}
      onToggle={(candidate) => onChange?.(candidate === value && canClear ? undefined : candidate)}
    />
  );
}

interface MultipleChoiceProps<Value extends string> {
  id?: string;
  label?: string;
  options: readonly ChipOption<Value>[];
  value?: Value[] | undefined;
  onChange?: (value: Value[]) => void;
}

export function MultipleChoiceChips<Value extends string>(props: MultipleChoiceProps<Value>) {
  const chosen = props.value ?? [];
  return (
    <ChipButtons
      id={props.id}
      label={props.label}
      options={props.options}
      isSelected={(candidate) => chosen.includes(candidate)}
      onToggle={(candidate) =>
        props.onChange?.(
          chosen.includes(candidate) ? chosen.filter((item) => item !== candidate) : [...chosen, candidate],
        )
      }
    />
  );
}
