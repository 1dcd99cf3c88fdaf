/** Loading, empty or no-match text in a box as tall as the list, so the page does not jump when rows arrive. */
export function ListState({ text }: { text: string }) {
  return (
    <div className="queue-scroll queue-state" data-testid="queue-state">
      <p className="muted">{text}</p>
    </div>
  );
}
