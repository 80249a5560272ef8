export { DEMO_SYSTEMS, type DemoSystem } from "#demo/catalogue.ts";
export {
  DEMO_ORGANISATION,
  DEMO_PASSWORD,
  DEMO_PROFILE,
  describeDemoCredentials,
  PERSONAS,
  type Persona,
} from "#demo/personas.ts";
export { type ScaleResult, type ScaleTenant, seedScale } from "#demo/scale.ts";
export { type DemoSeedResult, seedDemo } from "#demo/seed.ts";
