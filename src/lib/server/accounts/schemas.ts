import { z } from 'zod';
import { passwordMaxLength, passwordMinLength } from './passwords.ts';

export const emailSchema = z
	.string({ error: 'validation.required' })
	.trim()
	.toLowerCase()
	.min(1, { error: 'validation.required' })
	.max(254, { error: 'validation.too_long' })
	.pipe(z.email({ error: 'validation.email' }));

export const passwordSchema = z
	.string({ error: 'validation.required' })
	.min(passwordMinLength, { error: 'validation.password_too_short' })
	.max(passwordMaxLength, { error: 'validation.too_long' });

export const displayNameSchema = z
	.string({ error: 'validation.required' })
	.trim()
	.min(1, { error: 'validation.required' })
	.max(200, { error: 'validation.too_long' });

export const localeSchema = z.enum(['fr', 'en'], { error: 'validation.invalid_choice' });
export const roleSchema = z.enum(['coordinator', 'member', 'viewer'], { error: 'validation.invalid_choice' });
