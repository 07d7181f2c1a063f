/**
 * The settings schema's shape (settings-shape.ts), taken from the valibot schema. The content
 * script's bundles get this module with the shape already computed, as JSON, and so without
 * valibot (build/content-plugins.ts, `settingsShapeData`).
 */
import { SettingsSchema } from './settings-schema.ts';
import { shapeOf, type Shape } from './settings-shape.ts';

export const SETTINGS_SHAPE: Shape = shapeOf(SettingsSchema);
