import pino from 'pino';

export const log = pino({
	level: process.env.LOG_LEVEL ?? 'info',
	base: { app: 'passerelle' },
	// Never log secrets or personal data that may ride along in objects.
	redact: ['password', '*.password', 'token', '*.token', 'cookie', '*.cookie', 'authorization']
});

export type Logger = typeof log;
