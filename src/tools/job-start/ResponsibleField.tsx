/** The "responsible" field with suggestions (leder, peer-medarbejder, …) from one shared datalist. */
import { useEffect, useRef } from 'preact/hooks';
import { jobStartText } from '../../../content/job-start';
import { useLang } from '../../i18n';
import { TextField } from '../../ui/TextField';

export const RESPONSIBLE_LIST_ID = 'job-start-responsible-options';

/** The suggestions, rendered once per screen. */
export function ResponsibleOptions() {
  const { t } = useLang();
  return (
    <datalist id={RESPONSIBLE_LIST_ID}>
      {jobStartText.responsibleSuggestions.map((text) => (
        <option key={text.da} value={t(text)} />
      ))}
    </datalist>
  );
}

export function ResponsibleField(props: {
  label: string;
  value: string;
  save: (v: string) => Promise<unknown>;
}) {
  const ref = useRef<HTMLDivElement>(null);
  // TextField has no `list` prop (yet): attach the shared suggestions to its input.
  useEffect(() => {
    ref.current?.querySelector('input')?.setAttribute('list', RESPONSIBLE_LIST_ID);
  }, []);
  return (
    <div ref={ref} class="checklist-field">
      <TextField label={props.label} value={props.value} maxLength={200} save={props.save} />
    </div>
  );
}
