import { SelectInput, type Validator } from 'react-admin';
import { useWaveName, useWaves } from './waveNames';

interface WaveInputProps {
  source: string;
  validate?: Validator | Validator[];
  alwaysOn?: boolean;
  readOnly?: boolean;
}

/** Picks a national wave by its name in the interface language. */
export const WaveInput = ({ source, validate, readOnly }: WaveInputProps) => {
  const waves = useWaves();
  const name = useWaveName();
  return (
    <SelectInput
      source={source}
      choices={waves.map((wave) => ({ id: wave.id, name: name(wave) }))}
      translateChoice={false}
      isPending={waves.length === 0}
      validate={validate}
      readOnly={readOnly}
      sx={{ minWidth: 240 }}
    />
  );
};
