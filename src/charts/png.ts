// `--charts image`: each chart as a PNG picture, for readers that cannot show native Word charts
// (or Markdown viewers that show no SVG). The picture is the SVG the Markdown writer draws
// (svg.ts), rasterised by resvg, a native package installed as an optional dependency: it is
// loaded only in this mode, and where it cannot be (no prebuilt binary for the platform, or the
// install skipped optional packages) the run stops, says why and what to use instead, and writes
// nothing.
import { createRequire } from 'node:module';
import { ExitCode, UserError } from '../errors.js';
import type { Lang } from '../i18n/lang.js';
import { say } from '../i18n/localized.js';
import { mark } from '../io/timing.js';
import { chartText } from './messages.js';
import type { ChartData } from './model.js';
import { chartSvg, type SvgOptions } from './svg.js';

type ResvgModule = typeof import('@resvg/resvg-js');

/** The package the pictures need; its native part comes as a per-platform optional package. */
export const RASTERISER = '@resvg/resvg-js';

/** Pixels per SVG pixel: twice, so a picture stays sharp when printed or on a high-density screen. */
const SCALE = 2;

let loaded: ResvgModule | undefined;

/**
 * resvg, loaded on the first picture. Through require, not import(): the bundle runs from a V8
 * code cache, where a dynamic import() finds no loader, and the package stays outside the bundle
 * (it loads a .node binary), like Handlebars' compiler.
 */
export function loadRasteriser(lang: Lang, id: string = RASTERISER): ResvgModule {
  if (loaded && id === RASTERISER) return loaded;
  try {
    const module = createRequire(import.meta.url)(id) as ResvgModule;
    if (typeof module.Resvg !== 'function') throw new Error(`${id} has no Resvg`);
    if (id === RASTERISER) loaded = module;
    mark('charts: rasteriser loaded');
    return module;
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 300);
    throw new UserError(say(lang, chartText.rasteriserMissing, { package: id, platform: `${process.platform}-${process.arch}`, reason }), ExitCode.usage);
  }
}

/** A chart's picture: PNG bytes and their size in pixels (twice the SVG's). */
export interface ChartPicture {
  data: Uint8Array;
  width: number;
  height: number;
}

/**
 * The chart drawn as SVG, then as PNG. Fonts come from the system: the SVG's font list names CJK
 * faces of Linux, macOS and Windows (`fonts` puts the document's own first, for DOCX), and resvg
 * falls back to any installed face that has a character the named ones lack.
 */
export async function chartPng(chart: ChartData, lang: Lang, options: SvgOptions = {}): Promise<ChartPicture> {
  const { Resvg } = loadRasteriser(lang);
  const svg = await chartSvg(chart, options);
  const rendered = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: SCALE },
    background: '#FFFFFF',
    font: { loadSystemFonts: true, defaultFontFamily: 'Noto Sans CJK SC' },
    logLevel: 'off',
  }).render();
  return { data: new Uint8Array(rendered.asPng()), width: rendered.width, height: rendered.height };
}

/** Pixels of the picture per pixel of the SVG it was drawn from. */
export const PICTURE_SCALE = SCALE;
