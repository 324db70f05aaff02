import { useForm } from '@mantine/form';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { NetworkInput, type Network } from '../../../../shared/schemas';

const LetterheadInput = NetworkInput.pick({
  name: true,
  region: true,
  letterheadSender: true,
  letterheadAddress: true,
  letterheadContact: true,
});

export type NetworkFormValues = Required<{ [K in keyof typeof LetterheadInput.shape]: string }>;

export const networkFormValues = (network: Network): NetworkFormValues => ({
  name: network.name,
  region: network.region,
  letterheadSender: network.letterheadSender ?? '',
  letterheadAddress: network.letterheadAddress ?? '',
  letterheadContact: network.letterheadContact ?? '',
});

/** Empty optional fields are stored as absent, not as empty strings. */
export const networkChanges = (values: NetworkFormValues): Partial<NetworkInput> => ({
  name: values.name,
  region: values.region,
  letterheadSender: values.letterheadSender.trim() || undefined,
  letterheadAddress: values.letterheadAddress.trim() || undefined,
  letterheadContact: values.letterheadContact.trim() || undefined,
});

export const useNetworkForm = (network: Network) =>
  useForm<NetworkFormValues>({
    initialValues: networkFormValues(network),
    validate: zod4Resolver(LetterheadInput),
  });
