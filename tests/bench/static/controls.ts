// The bare controls' only script: it marks a chosen rating and a ticked item as the app's screens
// do (the classes the bench's tap probe looks for), in the change event itself.
document.addEventListener('change', (event) => {
  const input = event.target;
  if (!(input instanceof HTMLInputElement)) return;
  if (input.type === 'radio')
    for (const label of input.closest('fieldset')?.querySelectorAll('label') ?? [])
      label.classList.toggle('segment-checked', label.contains(input));
  if (input.type === 'checkbox')
    input.closest('.checklist-item')?.classList.toggle('checklist-done', input.checked);
});
