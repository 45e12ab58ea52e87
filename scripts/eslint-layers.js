// A local ESLint rule that keeps the architecture's layers apart (house style: domain → store →
// map/ui → app; embed). It resolves every import path against the importing file, so it sees
// through any spelling of a relative path, and it checks every way code names a module: import
// and export-from declarations, dynamic import(), and TypeScript's import('…') types.
import { dirname, relative, resolve, sep } from 'node:path';

/**
 * What each layer under src/ may import (besides itself). `types` lists layers it may import
 * with `import type` only. App is the composition root and may import everything.
 */
export const LAYERS = {
  domain: { allow: [] },
  store: { allow: ['domain'] },
  map: { allow: ['domain', 'store'] },
  // The UI shows the embed code but does not build it: it may name embed's types, nothing else.
  ui: { allow: ['domain', 'store'], types: ['embed'] },
  embed: { allow: ['domain', 'store'] },
  app: { allow: ['domain', 'store', 'map', 'ui', 'embed'] },
};

/** Packages only some places may import (statically or dynamically). */
export const PACKAGES = [
  {
    pattern: /^maplibre-gl(\/|$)/,
    allowedIn: ['src/map/'],
    why: 'Only src/map/ may import maplibre-gl.',
  },
  {
    pattern: /^@turf\//,
    allowedIn: ['src/domain/geo.ts'],
    why: 'Turf lives in src/domain/geo.ts.',
  },
  {
    pattern: /^(react|react-dom|zustand)(\/|$)/,
    forbiddenIn: ['src/domain/'],
    why: 'src/domain is plain TypeScript: no React or zustand.',
  },
];

/** Returns the layer of a path under src/ ('ui' for src/ui/x/Y.tsx), or null outside src/. */
function layerOf(srcRoot, file) {
  const rel = relative(srcRoot, file);
  if (rel.startsWith('..') || rel === '') return null;
  const first = rel.split(sep)[0];
  return first in LAYERS ? first : null;
}

const rule = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Keeps src/ layers and restricted packages where the house style puts them',
    },
    schema: [],
    messages: {
      layer: "src/{{from}} may not import src/{{to}} ('{{spec}}'). {{hint}}",
      typesOnly:
        "src/{{from}} may import only types from src/{{to}} ('{{spec}}'): use `import type`.",
      package: "'{{spec}}': {{why}}",
      computed: 'import() needs a literal path here, so the layer rules can check it.',
      unknownLayer:
        'src/{{folder}} is not a layer: put the file in one of {{layers}}, or add the layer to scripts/eslint-layers.js with its rules.',
      outside:
        "src/ may not import '{{spec}}': the app never ships build scripts or tests (scripts/, tests/).",
    },
  },
  create(context) {
    const file = context.filename;
    const root = context.cwd;
    const srcRoot = resolve(root, 'src');
    const relFile = relative(root, file).split(sep).join('/');
    const from = layerOf(srcRoot, file);
    const inSrc = relFile.startsWith('src/');
    // A file in a new folder under src/ would escape every layer rule: name the folder.
    const folder = relFile.split('/')[1];
    const unknownFolder = inSrc && relFile.split('/').length > 2 && !from ? folder : null;

    const check = (node, spec, typeOnly) => {
      if (typeof spec !== 'string') return;
      if (!spec.startsWith('.')) {
        for (const p of PACKAGES) {
          if (!p.pattern.test(spec)) continue;
          const inside = (list) => list.some((prefix) => relFile.startsWith(prefix));
          const bad = p.allowedIn ? !inside(p.allowedIn) : inside(p.forbiddenIn);
          // Type-only imports of maplibre's types stay inside src/map too.
          if (bad && relFile.startsWith('src/'))
            context.report({ node, messageId: 'package', data: { spec, why: p.why } });
        }
        return;
      }
      const target = resolve(dirname(file), spec);
      if (inSrc && relative(srcRoot, target).startsWith('..')) {
        context.report({ node, messageId: 'outside', data: { spec } });
        return;
      }
      if (!from) return;
      const to = layerOf(srcRoot, target);
      if (!to || to === from) return;
      const rules = LAYERS[from];
      if (rules.allow.includes(to)) return;
      if (rules.types?.includes(to)) {
        if (!typeOnly) context.report({ node, messageId: 'typesOnly', data: { from, to, spec } });
        return;
      }
      const hint =
        from === 'ui' && to === 'map'
          ? 'The UI never touches the map; app/ composes MapView.'
          : `src/${from} may import ${rules.allow.map((l) => `src/${l}`).join(', ') || 'nothing above it'}.`;
      context.report({ node, messageId: 'layer', data: { from, to, spec, hint } });
    };

    const allTypes = (node) =>
      node.importKind === 'type' ||
      node.exportKind === 'type' ||
      (node.specifiers?.length > 0 &&
        node.specifiers.every((s) => s.importKind === 'type' || s.exportKind === 'type'));

    return {
      Program: (node) => {
        if (unknownFolder)
          context.report({
            node,
            messageId: 'unknownLayer',
            data: { folder: unknownFolder, layers: Object.keys(LAYERS).join(', ') },
          });
      },
      ImportDeclaration: (node) => check(node, node.source.value, allTypes(node)),
      ExportNamedDeclaration: (node) =>
        node.source && check(node, node.source.value, allTypes(node)),
      ExportAllDeclaration: (node) => check(node, node.source.value, node.exportKind === 'type'),
      ImportExpression: (node) => {
        if (node.source.type === 'Literal') check(node, node.source.value, false);
        else if (node.source.type === 'TemplateLiteral' && node.source.expressions.length === 0)
          check(node, node.source.quasis[0].value.cooked, false);
        else if (relFile.startsWith('src/')) context.report({ node, messageId: 'computed' });
      },
      TSImportType: (node) => {
        const arg = node.argument?.literal ?? node.argument;
        if (arg?.type === 'Literal') check(node, arg.value, true);
      },
    };
  },
};

export default { rules: { layers: rule } };
