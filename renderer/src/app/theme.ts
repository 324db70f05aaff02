import {
  Badge,
  Menu,
  Notification,
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
 * Mantine's mid shades fall below 4.5:1 against white for most colours: as text on tinted
 * variants, and as the background of white text on filled ones. Use the deepest shade (darkened
 * for text) instead, so every badge, button and link stays readable.
 */
const readableVariantColors: VariantColorsResolver = (input) => {
  const resolved = defaultVariantColorsResolver(input);
  const parsed = parseThemeColor({ color: input.color ?? input.theme.primaryColor, theme: input.theme });
  if (!parsed.isThemeColor || parsed.shade !== undefined) return resolved;
  const deepest = input.theme.colors[parsed.color]![9];
  if (input.variant === 'filled' && parsed.color !== input.theme.primaryColor) {
    return { ...resolved, background: deepest, hover: darken(deepest, 0.15), color: 'var(--mantine-color-white)' };
  }
  if (!TINTED_VARIANTS.has(input.variant)) return resolved;
  const text = darken(deepest, 0.35);
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
  // Users who ask the OS for less motion get no sliding or fading transitions.
  respectReducedMotion: true,
  variantColorResolver: readableVariantColors,
  components: {
    // The default grey of a toast's text is below 4.5:1 on white.
    Notification: Notification.extend({ styles: { description: { color: 'var(--mantine-color-gray-7)' } } }),
    // German words in capitals are hard to read ("PROTOKOLL-ENTWURF"); a status is never cut off.
    Badge: Badge.extend({
      defaultProps: { size: 'lg', radius: 'sm' },
      styles: {
        root: { textTransform: 'none', overflow: 'visible', flexShrink: 0 },
        label: { overflow: 'visible' },
      },
    }),
    // Menu's hidden focus placeholder is an unlabelled focusable element that axe reports.
    Menu: Menu.extend({ defaultProps: { withInitialFocusPlaceholder: false } }),
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
