/** Under CI=true a test layer that cannot run is a failure, never a silent skip. */
export const inCI = process.env.CI === 'true';

export function requireInCI(what: string, available: boolean): void {
	if (!available && inCI) throw new Error(`CI=true but ${what} is not available: this test layer would be skipped`);
}
