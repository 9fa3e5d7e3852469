// The public directory's few enhancements. Every page works without them (plain HTML forms);
// no framework is downloaded for a newcomer on a slow phone connection.
(() => {
	const all = (selector, root = document) => Array.from(root.querySelectorAll(selector));

	// "Near me": the browser's position fills the search form's lat/lon.
	for (const button of all('[data-locate]')) {
		const form = button.closest('form');
		const status = form.querySelector('[data-locate-status]');
		for (const el of all('[data-needs-js]', form)) el.hidden = false;
		button.addEventListener('click', () => {
			if (!navigator.geolocation) {
				status.textContent = button.dataset.failed;
				return;
			}
			status.textContent = button.dataset.locating;
			navigator.geolocation.getCurrentPosition(
				(position) => {
					form.elements.lat.value = position.coords.latitude.toFixed(4);
					form.elements.lon.value = position.coords.longitude.toFixed(4);
					const me = form.querySelector('input[name="where"][value="me"]');
					if (me) me.checked = true;
					status.textContent = button.dataset.found;
				},
				() => {
					status.textContent = button.dataset.failed;
				},
				{ timeout: 10000, maximumAge: 300000 }
			);
		});
	}

	// Copy a share link.
	for (const button of all('[data-copy]')) {
		if (!navigator.clipboard) continue;
		button.hidden = false;
		button.addEventListener('click', async () => {
			const input = document.getElementById(button.dataset.copy);
			const status = document.getElementById(`${button.dataset.copy}-status`);
			try {
				await navigator.clipboard.writeText(input.value);
				if (status) status.textContent = button.dataset.copied;
			} catch {
				input.select();
			}
		});
	}

	// Print buttons (without JavaScript, the browser's own Print does the same).
	for (const button of all('[data-print]')) {
		button.hidden = false;
		button.addEventListener('click', () => window.print());
	}

	// The map image may be shown smaller than its pixels: send its shown width with the click.
	for (const image of all('input[type="image"][data-map]')) {
		const field = image.form.elements.mapw;
		const measure = () => {
			field.value = String(Math.round(image.getBoundingClientRect().width));
		};
		image.addEventListener('pointerdown', measure);
		image.addEventListener('focus', measure);
	}
})();
