/** The mini-app build's own steps (vite.config.ts), each for a figure of issue #14. */
import type { Plugin } from 'vite';

/**
 * The stylesheet loads without holding back the first paint: the page's own inline styles draw the splash at once,
 * and main.tsx starts the app only once the stylesheet applies (a phone painted nothing until 18 KB of CSS had
 * arrived over a slow network).
 */
export function stylesheetAfterSplash(): Plugin {
  return {
    name: 'fieldloop-stylesheet-after-splash',
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        html.replace(
          /<link rel="stylesheet"([^>]*)>/,
          `<link rel="stylesheet"$1 media="print" fetchpriority="high" onload="this.media='all'">`,
        ),
    },
  };
}

const iconModule = /[\\/]antd-mobile-icons[\\/]es[\\/][A-Za-z]+\.js$/;

/**
 * A path's numbers to one decimal (a tenth of the 48-unit box is 0.05 px on a 24 px icon), without leading zeros or
 * the spaces before its commands, which SVG's path grammar does not need.
 */
function compactPath(path: string): string {
  return path
    .replace(/-?\d*\.\d+/g, (number) => String(Math.round(Number(number) * 10) / 10))
    .replace(/(^|[^\d])0\./g, '$1.')
    .replace(/ ([A-Za-z])/g, '$1');
}

/**
 * antd-mobile's icons as drawn, in under half the bytes: their outlines carry seven decimals and every group an
 * `id` from the design file (repeated wherever the icon is, so not even unique in the page). A daily screen drew
 * 12 KB of gzipped icon code before; these icons are in every screen's first download.
 */
export function compactIcons(): Plugin {
  return {
    name: 'fieldloop-compact-icons',
    transform(code, id) {
      if (!iconModule.test(id)) return null;
      return code
        .replace(/\bd: "([^"]+)"/g, (_, path: string) => `d: "${compactPath(path)}"`)
        .replace(/\s*id: "[^"]*",?/g, '');
    },
  };
}
