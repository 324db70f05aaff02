import {
  Badge,
  createTheme,
  darken,
  defaultVariantColorsResolver,
  parseThemeColor,
  type CSSVariablesResolver,
  type MantineColorsTuple,
  type VariantColorsResolver,
} from '@mantine/core';

/** A calm dark petrol blue: white text on shade 6 and darker reaches WCAG AA. */
const petrol: MantineColorsTuple = [
  '#e9f2f8',
  '#d3e3ef',
  '#a6c5dd',
  '#76a5cb',
  '#4f8abb',
  '#3677ad',
  '#23679f',
  '#1b5a8e',
  '#144c7a',
  '#0d3d63',
];

const TINTED_VARIANTS = new Set(['light', 'subtle', 'transparent', 'outline']);

/**
 * Mantine's tinted variants use mid shades for text, which fall below 4.5:1 for orange, yellow and
 * green. Use a darkened deepest shade instead so every badge and link stays readable.
 */
const readableVariantColors: VariantColorsResolver = (input) => {
  const resolved = defaultVariantColorsResolver(input);
  const parsed = parseThemeColor({ color: input.color ?? input.theme.primaryColor, theme: input.theme });
  if (!parsed.isThemeColor || !TINTED_VARIANTS.has(input.variant)) return resolved;
  const text = darken(input.theme.colors[parsed.color]![9], 0.25);
  return {
    ...resolved,
    color: text,
    border: input.variant === 'outline' ? `1px solid ${text}` : resolved.border,
  };
};

export const theme = createTheme({
  primaryColor: 'petrol',
  primaryShade: 7,
  colors: { petrol },
  autoContrast: true,
  fontFamily: '"Segoe UI", system-ui, -apple-system, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
  defaultRadius: 'sm',
  cursorType: 'pointer',
  focusRing: 'auto',
  variantColorResolver: readableVariantColors,
  components: {
    // German words in capitals are hard to read ("PROTOKOLL-ENTWURF").
    Badge: Badge.extend({ defaultProps: { size: 'lg', radius: 'sm' }, styles: { root: { textTransform: 'none' } } }),
  },
});

/** Mantine's default grey for secondary text and red for field errors are below 4.5:1 on white. */
export const cssVariablesResolver: CSSVariablesResolver = (resolved) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': resolved.colors.gray[7],
    '--mantine-color-error': resolved.colors.red[9],
  },
  dark: {},
});
