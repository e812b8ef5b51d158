/**
 * Runs `callback` in a task after the next frame is painted (what the frame shows does not wait
 * for it); returns what cancels it. In a page that is not shown, once it is.
 */
export function afterPaint(callback: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(callback, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
