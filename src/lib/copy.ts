// Copying to the clipboard, and saying so next to what was copied (on a
// phone the citation box is far below a paragraph's copy button).

export async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // Without clipboard permission (older browsers, http): copy through a selection.
    const area = document.createElement('textarea');
    area.value = text;
    document.body.append(area);
    area.select();
    document.execCommand('copy');
    area.remove();
  }
}

const SHOWN_MS = 2500;
let hideTimer: ReturnType<typeof setTimeout> | undefined;

/** A short confirmation just below `target`, kept on screen, announced to screen readers. */
export function showCopied(target: Element, message: string): void {
  let tip = document.querySelector<HTMLElement>('.copy-tip');
  if (!tip) {
    tip = document.createElement('div');
    tip.className = 'copy-tip';
    tip.setAttribute('role', 'status');
    document.body.append(tip);
  }
  tip.textContent = message;
  tip.hidden = false;
  const rect = target.getBoundingClientRect();
  const width = tip.offsetWidth;
  const left = Math.min(Math.max(8, rect.left), document.documentElement.clientWidth - width - 8);
  tip.style.left = `${left + window.scrollX}px`;
  tip.style.top = `${rect.bottom + window.scrollY + 6}px`;
  clearTimeout(hideTimer);
  hideTimer = setTimeout(() => (tip.hidden = true), SHOWN_MS);
}
