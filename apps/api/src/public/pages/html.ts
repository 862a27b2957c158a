import htm from 'htm';
import { createElement, Fragment, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';

/** JSX without a compile step: React escapes every value put into the markup. */
export const html = htm.bind(createElement) as (
  strings: TemplateStringsArray,
  ...values: unknown[]
) => ReactNode;

export function renderDocument(page: ReactNode): string {
  return `<!doctype html>${renderToStaticMarkup(page)}`;
}

/** A template of several roots is an array: as one fragment's children it needs no keys. */
export const fragment = (nodes: ReactNode): ReactNode =>
  Array.isArray(nodes) ? createElement(Fragment, null, ...(nodes as ReactNode[])) : nodes;
