// The share image of a page (1200×630, the size Open Graph and X/Twitter large cards expect) as a
// tree of boxes for the renderer (satori's element shape, no JSX): the site's light look, no story.

/** Open Graph and `summary_large_image` size. */
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** The look of share images: the site's light palette and its two faces. */
export const SHARE_LOOK = {
  background: '#fdfcf8',
  text: '#1c1c1e',
  muted: '#555860',
  accent: '#0a58a8',
  line: '#d3cec2',
  serif: 'Source Serif 4',
  sans: 'Source Sans 3',
} as const;

/** A box for satori: the same shape React elements have. */
export interface CardNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: string | CardNode | (string | CardNode)[] };
}

const box = (style: Record<string, string | number>, children: NonNullable<CardNode['props']['children']>): CardNode => ({ type: 'div', props: { style, children } });

/** What a share image says. */
export interface ShareCard {
  /** Small line at the top (the site's name). */
  kicker: string;
  /** The date as shown on the site, or none for the site's own image. */
  date?: string;
  /** The big line: the event's or the site's title. */
  title: string;
  /** The line at the bottom (the outlets, or what the site holds). */
  footer: string;
}

/** Title size by length, so a long title still fits four lines and a short one fills the card. */
export function titleSize(title: string): number {
  if (title.length <= 50) return 68;
  if (title.length <= 90) return 58;
  if (title.length <= 130) return 50;
  return 44;
}

/** The card's boxes: an accent bar, the kicker, the date, the title, a rule and the footer. */
export function shareCardTree(card: ShareCard): CardNode {
  const { width, height } = SHARE_IMAGE_SIZE;
  const look = SHARE_LOOK;
  const size = titleSize(card.title);
  const bar = 14;
  const padX = 72;
  const inner = width - 2 * padX;
  return box({ width, height, display: 'flex', flexDirection: 'column', backgroundColor: look.background, color: look.text, fontFamily: look.sans }, [
    box({ display: 'flex', width, height: bar, backgroundColor: look.accent }, []),
    box({ display: 'flex', flexDirection: 'column', width, height: height - bar, padding: `44px ${padX}px 44px` }, [
      box({ display: 'flex', width: inner, fontSize: 30, fontWeight: 600, color: look.muted }, card.kicker),
      box({ display: 'flex', flexDirection: 'column', width: inner, flexGrow: 1, justifyContent: 'center' }, [
        ...(card.date === undefined ? [] : [box({ display: 'flex', fontSize: 36, fontWeight: 600, color: look.accent, marginBottom: 14 }, card.date)]),
        box({ display: 'block', width: inner, fontFamily: look.serif, fontWeight: 700, fontSize: size, lineHeight: 1.15, lineClamp: 4 }, card.title),
      ]),
      box({ display: 'flex', width: inner, borderTop: `2px solid ${look.line}`, paddingTop: 20, fontSize: 30, color: look.muted }, card.footer),
    ]),
  ]);
}
