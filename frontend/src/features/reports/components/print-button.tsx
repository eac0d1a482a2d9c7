/** Prints the page as the report it is (the print stylesheet leaves out the menu, forms and buttons). */
export function PrintButton({ what }: { what: string }) {
  return (
    <button type="button" className="wi-button wi-button--secondary wi-no-print" onClick={() => window.print()}>
      Print <span className="wi-visually-hidden">the {what}</span>
    </button>
  );
}
