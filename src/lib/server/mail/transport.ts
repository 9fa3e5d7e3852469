import nodemailer from 'nodemailer';

export interface OutgoingMail {
	from: string;
	to: string;
	subject: string;
	text: string;
	html: string;
	headers?: Record<string, string>;
}

/** Delivers mail over SMTP, or keeps it in the outbox table when no SMTP_URL is set. */
export interface MailTransport {
	kind: 'smtp' | 'outbox';
	send(mail: OutgoingMail): Promise<void>;
	close(): void;
}

export function createMailTransport(smtpUrl: string | undefined): MailTransport {
	if (!smtpUrl) return { kind: 'outbox', async send() {}, close() {} };
	const transporter = nodemailer.createTransport(smtpUrl);
	return {
		kind: 'smtp',
		async send(mail) {
			await transporter.sendMail(mail);
		},
		close() {
			transporter.close();
		}
	};
}
