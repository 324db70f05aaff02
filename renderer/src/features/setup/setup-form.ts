import { useForm } from '@mantine/form';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { DUESSELDORF_NETWORKS, networkNameFor } from '../../../../shared/domain/networks';
import { NetworkInput } from '../../../../shared/schemas';

/** Radio value of the free entry; the listed networks use their region as value. */
export const OTHER_NETWORK = 'anderes';

export interface SetupValues {
  choice: string;
  name: string;
  region: string;
}

const validateOther = zod4Resolver(NetworkInput.pick({ name: true, region: true }));

export function useSetupForm(chooseMessage: string) {
  return useForm<SetupValues>({
    initialValues: { choice: '', name: '', region: '' },
    validate: (values) => {
      if (values.choice === '') return { choice: chooseMessage };
      return values.choice === OTHER_NETWORK ? validateOther({ ...values }) : {};
    },
  });
}

/** What the repository gets: a listed network with its contract year, or the entered one. */
export function networkInputFor(values: SetupValues): NetworkInput {
  if (values.choice === OTHER_NETWORK) return { name: values.name, region: values.region };
  const known = DUESSELDORF_NETWORKS.find((n) => n.region === values.choice);
  if (!known) throw new Error(`Unknown network ${values.choice}`);
  return {
    name: networkNameFor(known.region),
    region: known.region,
    contractYear: known.contractYear,
    contractDate: known.contractDate,
  };
}
