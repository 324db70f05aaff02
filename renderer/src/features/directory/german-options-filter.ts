import { isOptionsGroup, type ComboboxItem, type OptionsFilter } from '@mantine/core';
import { normalizeForSearch } from '../../../../shared/directory/search';

/** Options whose label contains every word typed, case and diacritics ignored ("muller" finds "Müller"). */
export const germanOptionsFilter: OptionsFilter = ({ options, search, limit }) => {
  const words = normalizeForSearch(search).split(/\s+/).filter(Boolean);
  return options
    .filter((option): option is ComboboxItem => !isOptionsGroup(option))
    .filter((option) => {
      const label = normalizeForSearch(option.label);
      return words.every((word) => label.includes(word));
    })
    .slice(0, limit);
};
