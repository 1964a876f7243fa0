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

/**
 * A short confirmation just below `target`, announced to screen readers. It
 * goes into the target's paragraph tools when there are some, so that it moves
 * with the button if the text above reflows.
 */
export function showCopied(target: HTMLElement, message: string): void {
  document.querySelector('.copy-tip')?.remove();
  const tip = document.createElement('span');
  tip.className = 'copy-tip';
  tip.setAttribute('role', 'status');
  tip.textContent = message;
  const tools = target.closest<HTMLElement>('.para-tools');
  if (tools) {
    tools.append(tip);
    tip.style.left = `${target.offsetLeft}px`;
    tip.style.top = `${target.offsetTop + target.offsetHeight + 4}px`;
  } else {
    document.body.append(tip);
    const rect = target.getBoundingClientRect();
    tip.style.left = `${Math.min(Math.max(8, rect.left), document.documentElement.clientWidth - tip.offsetWidth - 8) + window.scrollX}px`;
    tip.style.top = `${rect.bottom + window.scrollY + 4}px`;
  }
  clearTimeout(hideTimer);
  hideTimer = setTimeout(() => tip.remove(), SHOWN_MS);
}
