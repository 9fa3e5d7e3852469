import { argon2, randomBytes, timingSafeEqual } from 'node:crypto';

// argon2id with OWASP's baseline (19 MiB, 2 passes), stored as a PHC string so parameters can rise later.
const params = { memory: 19456, passes: 2, parallelism: 1, tagLength: 32 };

function derive(password: string, salt: Buffer, p = params): Promise<Buffer> {
	return new Promise((resolve, reject) =>
		argon2('argon2id', { message: password, nonce: salt, ...p }, (error, key) => (error ? reject(error) : resolve(key)))
	);
}

export async function hashPassword(password: string): Promise<string> {
	const salt = randomBytes(16);
	const key = await derive(password, salt);
	return `$argon2id$v=19$m=${params.memory},t=${params.passes},p=${params.parallelism}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

export async function verifyPassword(password: string, stored: string | null): Promise<boolean> {
	const match = stored && /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$([\w-]+)\$([\w-]+)$/.exec(stored);
	if (!match) {
		// Spend the same time when there is no account, so timing does not reveal which e-mails exist.
		await derive(password, randomBytes(16));
		return false;
	}
	const expected = Buffer.from(match[5], 'base64url');
	const key = await derive(password, Buffer.from(match[4], 'base64url'), {
		memory: Number(match[1]),
		passes: Number(match[2]),
		parallelism: Number(match[3]),
		tagLength: expected.length
	});
	return timingSafeEqual(key, expected);
}

/** Minimum rules, as NIST 800-63B suggests: length, not composition. */
export const passwordMinLength = 12;
export const passwordMaxLength = 200;
