// The hook lives in the shared layer (src/hooks), used by the measures and absence features alike. This
// module only keeps the overview's imports working while those files are another helper's to change;
// once they import '@/hooks/use-measure-definitions' it can go.
export {
  measureDefinitionsQueryOptions,
  useMeasureDefinitions,
  type MeasureDefinition,
  type MeasureId,
} from '@/hooks/use-measure-definitions';
