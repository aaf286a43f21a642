// oEmbed 1.0 (oembed.com): the "rich" response a consumer (a CMS, a chat app) reads to embed a page.

/** An oEmbed 1.0 response of type "rich". Field names are the spec's. */
export interface OEmbedRich {
  type: 'rich';
  version: '1.0';
  /** The HTML to embed: our iframe. */
  html: string;
  /** Width in pixels the html needs (required for rich). */
  width: number;
  /** Height in pixels the html needs (required for rich). */
  height: number;
  title: string;
  provider_name: string;
  provider_url: string;
  /** How long a consumer may cache the response, in seconds. */
  cache_age: number;
  /** The spec: if one thumbnail field is given, all three must be. */
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
}

export interface OEmbedInput {
  html: string;
  width: number;
  height: number;
  title: string;
  providerName: string;
  providerUrl: string;
  thumbnail: { url: string; width: number; height: number };
  /** Seconds; a day by default, since corrections should reach embeds soon. */
  cacheAge?: number;
}

/** Builds the response; throws if it would break the spec (a relative address, a size that is not a positive integer). */
export function oembedRich(input: OEmbedInput): OEmbedRich {
  for (const [name, value] of [['provider_url', input.providerUrl], ['thumbnail_url', input.thumbnail.url]] as const) {
    if (!/^https?:\/\//.test(value)) throw new Error(`oEmbed ${name} must be an absolute http(s) address (got "${value}")`);
  }
  for (const [name, value] of [['width', input.width], ['height', input.height], ['thumbnail_width', input.thumbnail.width], ['thumbnail_height', input.thumbnail.height]] as const) {
    if (!Number.isInteger(value) || value <= 0) throw new Error(`oEmbed ${name} must be a positive whole number of pixels (got ${value})`);
  }
  return {
    type: 'rich',
    version: '1.0',
    html: input.html,
    width: input.width,
    height: input.height,
    title: input.title,
    provider_name: input.providerName,
    provider_url: input.providerUrl,
    cache_age: input.cacheAge ?? 86_400,
    thumbnail_url: input.thumbnail.url,
    thumbnail_width: input.thumbnail.width,
    thumbnail_height: input.thumbnail.height,
  };
}

/** The MIME type of JSON oEmbed discovery links. */
export const OEMBED_JSON_TYPE = 'application/json+oembed';
