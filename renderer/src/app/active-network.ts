import { createContext, useContext } from 'react';
import type { Network } from '../../../shared/schemas';

export const ActiveNetworkContext = createContext<Network | undefined>(undefined);

/** The network the app works on; pages only render once it exists (the setup screen comes first). */
export function useActiveNetwork(): Network {
  const network = useContext(ActiveNetworkContext);
  if (!network) throw new Error('useActiveNetwork outside of the app shell');
  return network;
}
