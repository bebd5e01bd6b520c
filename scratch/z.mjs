import * as z from 'zod'; export default z;
