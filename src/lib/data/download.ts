/**
 * Saves text or a Blob as a file in the browser: a Blob and an object URL, never a `data:` URI
 * (encodeURI truncates those at '#'). Browser only.
 */
export function downloadBlob(filename: string, blob: Blob): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = filename;
	link.rel = 'noopener';
	document.body.append(link);
	link.click();
	link.remove();
	// Give the browser a moment to start the download before the URL is revoked.
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function downloadText(filename: string, text: string, type: string): void {
	downloadBlob(filename, new Blob([text], { type }));
}
