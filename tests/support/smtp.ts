import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface CapturedMail {
	to: string[];
	subject: string;
	text: string;
	html: string;
	parsed: ParsedMail;
}

/** A real SMTP server on a random local port that keeps what it receives, for tests. */
export async function startSmtpCapture() {
	const inbox: CapturedMail[] = [];
	const waiters: (() => void)[] = [];
	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		logger: false,
		onData(stream, session, callback) {
			simpleParser(stream)
				.then((parsed) => {
					inbox.push({
						to: session.envelope.rcptTo.map((r) => r.address),
						subject: parsed.subject ?? '',
						text: parsed.text ?? '',
						html: typeof parsed.html === 'string' ? parsed.html : '',
						parsed
					});
					waiters.splice(0).forEach((wake) => wake());
					callback();
				})
				.catch(callback);
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	return {
		url: `smtp://127.0.0.1:${port}`,
		inbox,
		/** Waits until a message to `address` matching `predicate` arrives. */
		async waitFor(address: string, predicate: (mail: CapturedMail) => boolean = () => true, timeoutMs = 20_000) {
			const deadline = Date.now() + timeoutMs;
			for (;;) {
				const found = inbox.find((m) => m.to.includes(address) && predicate(m));
				if (found) return found;
				if (Date.now() > deadline) throw new Error(`no e-mail to ${address} within ${timeoutMs} ms`);
				await new Promise<void>((resolve) => {
					waiters.push(resolve);
					setTimeout(resolve, 250);
				});
			}
		},
		close: () => new Promise<void>((resolve) => server.close(() => resolve()))
	};
}

export function firstLink(text: string, pathPart: string): string {
	const match = new RegExp(`https?://[^\\s"<>]*${pathPart}[^\\s"<>]*`).exec(text);
	if (!match) throw new Error(`no link containing ${pathPart} in:\n${text}`);
	return match[0];
}
