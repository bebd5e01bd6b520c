// Colour for stderr and stdout through chalk, which honours NO_COLOR, FORCE_COLOR and non-TTYs.
import chalk, { chalkStderr } from 'chalk';

export const out = chalk;
export const err = chalkStderr;
