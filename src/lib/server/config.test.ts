import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('loadConfig', () => {
	it('has working defaults: embedded database in ./data, port 3000', () => {
		const config = loadConfig({});
		expect(config.DATABASE_URL).toBeUndefined();
		expect(config.dataDir).toMatch(/\/data$/);
		expect(config.PORT).toBe(3000);
		expect(config.publicOrigin).toBe('http://localhost:3000');
	});
	it('treats empty strings as unset', () => {
		expect(loadConfig({ DATABASE_URL: '', SMTP_URL: '' }).DATABASE_URL).toBeUndefined();
	});
	it('refuses bad values with a bilingual message naming each variable', () => {
		let caught: unknown;
		try {
			loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', SMTP_URL: 'http://mail' });
		} catch (error) {
			caught = error;
		}
		expect(caught).toBeInstanceOf(ConfigError);
		const message = (caught as Error).message;
		expect(message).toContain('Invalid configuration / Configuration invalide');
		expect(message).toContain('PORT');
		expect(message).toContain('DATABASE_URL');
		expect(message).toContain('SMTP_URL');
		expect(message).toContain('doit commencer par postgres:// ou postgresql:// / must start with postgres://');
		expect(message).toContain('PORT: doit être un nombre entier');
	});
});
