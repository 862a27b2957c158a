import { useCallback, useEffect, useId, useRef } from 'react';
import { useBlocker, type Blocker, type BlockerFunction } from 'react-router';
import { Button, Modal, ModalContent, ModalFooter, ModalTitle, Paragraph } from 'suomifi-ui-components';
import { useI18n } from '../i18n/i18n';
import { useSmallScreen } from '../layout/useSmallScreen';

/**
 * While a form holds typed content, leaving its page asks first: the browser asks on a reload or a closed tab
 * (beforeunload; browsers word that question themselves), the app on a link, the back button or Cancel. `saved()`
 * lets the page go after a successful save: the form navigates at once, before a render could tell the blocker.
 */
export function useLeaveWarning(typed: boolean) {
  const saved = useRef(false);
  const shouldAsk = useCallback<BlockerFunction>(
    ({ currentLocation, nextLocation }) =>
      typed && !saved.current && currentLocation.pathname !== nextLocation.pathname,
    [typed],
  );
  const blocker = useBlocker(shouldAsk);
  useEffect(() => {
    if (!typed) return;
    const ask = (event: BeforeUnloadEvent) => {
      if (!saved.current) event.preventDefault();
    };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [typed]);
  const markSaved = useCallback(() => {
    saved.current = true;
  }, []);
  return { blocker, saved: markSaved };
}

/** The app's question, as a Suomi.fi modal: its title takes focus, and focus returns where it was on staying. */
export function LeaveWarning({ blocker }: { blocker: Blocker }) {
  const { m } = useI18n();
  const smallScreen = useSmallScreen();
  const titleId = useId();
  const stay = () => blocker.reset?.();
  return (
    <Modal
      appElementId="root"
      visible={blocker.state === 'blocked'}
      variant={smallScreen ? 'smallScreen' : 'default'}
      onEscKeyDown={stay}
      ariaLabelledBy={titleId}
    >
      <ModalContent>
        <ModalTitle id={titleId}>{m.form.leave.title}</ModalTitle>
        <Paragraph>{m.form.leave.body}</Paragraph>
      </ModalContent>
      <ModalFooter>
        <Button onClick={stay}>{m.form.leave.stay}</Button>
        <Button variant="secondary" onClick={() => blocker.proceed?.()}>
          {m.form.leave.leave}
        </Button>
      </ModalFooter>
    </Modal>
  );
}
