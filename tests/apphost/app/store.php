<?php
/*
 * A B24TokenStore written in PHP, as an application brings its own: one
 * JSON file per portal in APP_STORE_DIR, written atomically, and a lock per
 * portal that holds across processes (flock on a side file).
 */
final class DirTokenStore implements B24TokenStore
{
	/** @var array<string, resource> */
	private array $locks = [];

	public function __construct(private string $dir)
	{
	}

	private function path(string $memberId, string $suffix = '.json'): string
	{
		return $this->dir . '/' . bin2hex($memberId) . $suffix;
	}

	public function load(string $memberId): ?array
	{
		$text = @file_get_contents($this->path($memberId));
		$set = is_string($text) ? json_decode($text, true) : null;
		return is_array($set) ? $set : null;
	}

	public function save(string $memberId, #[\SensitiveParameter] array $tokens): void
	{
		$tmp = $this->path($memberId, '.tmp');
		if (file_put_contents($tmp, json_encode($tokens)) === false || !rename($tmp, $this->path($memberId))) {
			throw new RuntimeException('cannot write the token file');
		}
	}

	public function delete(string $memberId): void
	{
		@unlink($this->path($memberId));
	}

	public function lock(string $memberId, float $timeout): bool
	{
		$fp = fopen($this->path($memberId, '.lock'), 'c');
		$until = microtime(true) + $timeout;
		while (!flock($fp, LOCK_EX | LOCK_NB)) {
			if (microtime(true) >= $until) {
				fclose($fp);
				return false;
			}
			usleep(10000);
		}
		$this->locks[$memberId] = $fp;
		return true;
	}

	public function unlock(string $memberId): void
	{
		if (isset($this->locks[$memberId])) {
			flock($this->locks[$memberId], LOCK_UN);
			fclose($this->locks[$memberId]);
			unset($this->locks[$memberId]);
		}
	}
}

/** The application of the tests, configured from the emulator's environment. */
function test_app(): B24App
{
	return new B24App([
		'client_id' => getenv('B24_EMU_CLIENT_ID'),
		'client_secret' => getenv('B24_EMU_CLIENT_SECRET'),
		'store' => new DirTokenStore(getenv('APP_STORE_DIR')),
		'oauth_server' => getenv('B24_EMU_OAUTH'),
		'ca_file' => getenv('B24_EMU_CA'),
		'rate_limit' => '0',
	]);
}
