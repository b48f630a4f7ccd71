import { useEffect, useRef } from 'react';

/**
 * A <dialog> shown as a modal while its component is mounted. Unmounting removes it from the
 * page, which ends the modal by itself; closing it here would fire `close` (and its onClose) on a
 * dialog that React's strict mode only pretends to unmount.
 */
export function useModal() {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);
  return ref;
}
