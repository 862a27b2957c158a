import { useEffect } from 'react';
import { Dropdown, type DropdownProps } from 'suomifi-ui-components';

/**
 * Suomi.fi's Dropdown (v18) opens its list without a name, which a listbox must have (WCAG 4.1.2, axe
 * `aria-input-field-name`): when the list appears, it is named by the dropdown's own label.
 */
export function LabelledDropdown(props: DropdownProps & { id: string }) {
  const { id } = props;
  useEffect(() => {
    const nameTheList = () =>
      document.getElementById(`${id}-popover`)?.setAttribute('aria-labelledby', `${id}-label`);
    const observer = new MutationObserver(nameTheList);
    observer.observe(document.body, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [id]);
  return <Dropdown {...props} />;
}
