// An event card's parts (src/components/EventCard.astro) as the islands find them: by their place in
// the card, not by a class or data- attribute on each, so the cards carry no markup for them. The
// card is an `<article class="event-card">` whose id is the event's: its date line comes first, then
// the title heading (h2–h4, by the page's outline) with its permalink, then, in the full view, the
// summary, then people and sources.

/** The event cards of the page's timeline, in its order. */
export const TIMELINE_CARDS = '[data-timeline] li > article[id]';

/** A card's title heading. */
export const CARD_TITLE = ':scope > :is(h2, h3, h4)';

/** The texts of a card where matched words are marked: the title's link and the summary after it. */
export const CARD_TEXTS = ':scope > :is(h2, h3, h4) > a, :scope > :is(h2, h3, h4) + p';

/** The month and year groups of the timeline, outermost first (document order). */
export const TIMELINE_GROUPS = '[data-timeline] section';
