// Input rules shared by the API, the command line and the file readers: characters a text may not hold,
// and the sane bounds of numbers.
export {
  characterName,
  controlCharacterProblem,
  findControlCharacter,
  findControlCharacterInValue,
  jsonPathText,
  type ControlCharacter,
  type ControlCharacterAt,
} from './characters';
export { formatBound, numberProblem, numberRules, type NumberRule } from './numberRules';
