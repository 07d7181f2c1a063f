/** An on/off switch: a real button with role="switch", so keyboards and screen readers get it for free. */
import type { ComponentChildren } from 'preact';

export interface SwitchProps {
  id: string;
  checked: boolean;
  onChange(checked: boolean): void;
  children: ComponentChildren;
  disabled?: boolean;
  describedBy?: string;
}

export function Switch({ id, checked, onChange, children, disabled = false, describedBy }: SwitchProps) {
  return (
    <div class="switch-row">
      <span id={`${id}-label`} class="switch-label">
        {children}
      </span>
      <button
        type="button"
        id={id}
        class="switch"
        role="switch"
        aria-checked={checked}
        aria-labelledby={`${id}-label`}
        aria-describedby={describedBy}
        disabled={disabled}
        onClick={() => onChange(!checked)}
      >
        <span class="switch-thumb" aria-hidden="true" />
      </button>
    </div>
  );
}
