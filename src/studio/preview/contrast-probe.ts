import { contrastRatio, parseColour, type Rgb } from '../model/contrast.js';

/** The accent colour's contrast as the real widget draws it, in one colour scheme. */
export interface SchemeContrast {
  readonly scheme: 'light' | 'dark';
  /** The header's text on the accent (also the person's answers and the main buttons). */
  readonly onAccent: number;
  /** The accent as text on the widget's background (通称, links in cards). */
  readonly accentText: number;
  /** The colours measured: accent, text on it, background. */
  readonly accent: Rgb;
  readonly onAccentColour: Rgb;
  readonly surface: Rgb;
}

type Upgraded = HTMLElement & { updateComplete?: Promise<unknown> };

/**
 * Measures the accent's contrast on hidden copies of the real widget, one per scheme, in the
 * preview's document: the colours are read from the widget's `header` and `panel` parts after
 * the page's own styles (the snippet's colour) apply, so what is measured is what is drawn.
 */
export async function measureContrast(doc: Document, holder: HTMLElement, schemes: readonly ('light' | 'dark')[]): Promise<SchemeContrast[]> {
  const view = doc.defaultView;
  if (view === null) return [];
  const probes = schemes.map((scheme) => {
    const probe = doc.createElement('shien-navi') as Upgraded;
    probe.setAttribute('scheme', scheme);
    probe.setAttribute('heading', '見本');
    return probe;
  });
  holder.replaceChildren(...probes);
  await view.customElements.whenDefined('shien-navi');
  const results: SchemeContrast[] = [];
  for (const [index, probe] of probes.entries()) {
    await probe.updateComplete;
    const header = probe.shadowRoot?.querySelector('[part~="header"]');
    const panel = probe.shadowRoot?.querySelector('[part~="panel"]');
    if (!header || !panel) continue;
    const accent = parseColour(view.getComputedStyle(header).backgroundColor);
    const onAccentColour = parseColour(view.getComputedStyle(header).color);
    const surface = parseColour(view.getComputedStyle(panel).backgroundColor);
    if (!accent || !onAccentColour || !surface) continue;
    results.push({
      scheme: schemes[index] ?? 'light',
      accent,
      onAccentColour,
      surface,
      onAccent: contrastRatio(accent, onAccentColour),
      accentText: contrastRatio(accent, surface),
    });
  }
  holder.replaceChildren();
  return results;
}
