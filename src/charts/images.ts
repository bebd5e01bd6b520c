// `convert` and the pictures a Markdown file links to: a chart salesplan drew (an SVG carrying
// its data) becomes the native Word chart again; a PNG, JPEG or GIF beside the file is embedded as
// it is. Pictures that cannot be read (missing, remote, another format) stay as their alt text.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Image, Root, RootContent } from 'mdast';
import { CHART_IDS, type ChartData, type ChartNode } from './model.js';

/** A picture read from disk, for the DOCX writer: its bytes, type and size in pixels. */
export interface EmbeddedImage {
  type: 'png' | 'jpg' | 'gif';
  data: Uint8Array;
  width: number;
  height: number;
}

const METADATA = /<metadata id="salesplan-chart">([^<]*)<\/metadata>/;
const unescapeXml = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The chart data an SVG of ours carries, if it is one and its data is whole. */
export function chartOfSvg(svg: string): ChartData | undefined {
  const found = METADATA.exec(svg);
  if (!found) return undefined;
  try {
    const chart = JSON.parse(unescapeXml(found[1]!)) as ChartData;
    const whole = (CHART_IDS as readonly string[]).includes(chart.id) && Array.isArray(chart.categories) && Array.isArray(chart.series)
      && chart.series.every((s) => Array.isArray(s.values) && s.values.length <= chart.categories.length) && typeof chart.caption === 'string';
    return whole ? chart : undefined;
  } catch {
    return undefined;
  }
}

/** Width and height of a PNG, JPEG or GIF from its header. */
export function imageOf(data: Uint8Array): EmbeddedImage | undefined {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  if (data.length > 24 && view.getUint32(0) === 0x89504e47) return { type: 'png', data, width: view.getUint32(16), height: view.getUint32(20) };
  if (data.length > 10 && data[0] === 0x47 && data[1] === 0x49 && data[2] === 0x46) return { type: 'gif', data, width: view.getUint16(6, true), height: view.getUint16(8, true) };
  if (data.length > 4 && data[0] === 0xff && data[1] === 0xd8) {
    // The size is in the first start-of-frame segment (SOF0–SOF15, bar DHT, JPG and DAC).
    let at = 2;
    while (at + 9 < data.length && data[at] === 0xff) {
      const marker = data[at + 1]!;
      const length = view.getUint16(at + 2);
      if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
        return { type: 'jpg', data, width: view.getUint16(at + 7), height: view.getUint16(at + 5) };
      }
      at += 2 + length;
    }
  }
  return undefined;
}

function read(url: string, baseDir: string): Uint8Array | undefined {
  if (/^[a-z]+:/i.test(url) || url === '') return undefined;
  try {
    return readFileSync(resolve(baseDir, decodeURI(url)));
  } catch {
    return undefined;
  }
}

/**
 * The tree with its linked pictures resolved against `baseDir`: a paragraph that is only one of
 * our chart SVGs becomes a chart node; a readable PNG, JPEG or GIF gets its bytes in `data.image`.
 */
export function resolveImages(tree: Root, baseDir: string): Root {
  const children: RootContent[] = tree.children.map((node) => {
    if (node.type !== 'paragraph') return node;
    const images = node.children.filter((c): c is Image => c.type === 'image');
    const only = images.length === 1 && node.children.every((c) => c.type === 'image' || (c.type === 'text' && !c.value.trim()));
    for (const image of images) {
      const data = read(image.url, baseDir);
      if (!data) continue;
      if (/\.svg$/i.test(image.url)) {
        const chart = only ? chartOfSvg(new TextDecoder().decode(data)) : undefined;
        if (chart) return { type: 'chart', chart } satisfies ChartNode;
        continue;
      }
      const embedded = imageOf(data);
      if (embedded) image.data = { ...image.data, image: embedded } as Image['data'];
    }
    return node;
  });
  return { ...tree, children };
}
