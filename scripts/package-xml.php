<?php
/*
 * Keeps package.xml true to the tree: its release version must be
 * PHP_B24_VERSION from php_b24.h, and its <contents> must list exactly the
 * files that ship (what git tracks, and the new files it would track, less
 * repository-only files: a file not yet added counts, so that the check
 * before a commit sees what the commit will hold).
 *
 *   php scripts/package-xml.php --check   exit 1 and say why when it is not
 *   php scripts/package-xml.php --write   rewrite <contents> from the tree
 */
declare(strict_types=1);

const ROOT = __DIR__ . '/..';

/* Repository-only paths: CI configuration, lock files of test tooling. */
const EXCLUDE = ['#^\.#', '#^package\.xml$#', '#(^|/)\.gitignore$#',
	'#^emulator/public/portal/package-lock\.json$#', '#^tests/browser/package-lock\.json$#',
	/* the fuzzers' seed corpus: megabytes of answers, for the repository's CI only */
	'#^fuzz/corpus/#'];

function shippedFiles(): array
{
	$out = [];
	exec('git -C ' . escapeshellarg(ROOT) . ' ls-files --cached --others --exclude-standard', $out, $rc);
	if ($rc !== 0) {
		fwrite(STDERR, "git ls-files failed\n");
		exit(1);
	}
	$files = array_filter($out, static function (string $f): bool {
		foreach (EXCLUDE as $re) {
			if (preg_match($re, $f)) {
				return false;
			}
		}
		return true;
	});
	sort($files, SORT_STRING);
	return array_values($files);
}

function role(string $f): string
{
	if (preg_match('#^(tests|emulator|bench|fuzz)/#', $f)) {
		return 'test';
	}
	if (preg_match('#(^|/)(README|LICENSE|CREDITS)|\.md$|^examples/|^docs/#', $f)) {
		return 'doc';
	}
	/* the one-line crest.php that applications copy in place of CRest's: installed under data_dir */
	if (preg_match('#^crest/#', $f)) {
		return 'data';
	}
	return 'src';
}

/* The files as a tree of <dir> elements, the form PECL's own packages use. */
function contentsXml(array $files): string
{
	$tree = [];
	foreach ($files as $f) {
		$node = &$tree;
		$parts = explode('/', $f);
		$name = array_pop($parts);
		foreach ($parts as $dir) {
			$node = &$node[$dir . '/'];
		}
		$node[$name] = $f;
		unset($node);
	}
	return "  <contents>\n" . dirXml('/', $tree, 2) . "  </contents>";
}

function dirXml(string $name, array $node, int $depth): string
{
	$pad = str_repeat('  ', $depth);
	$xml = sprintf("%s<dir name=\"%s\">\n", $pad, htmlspecialchars(rtrim($name, '/') ?: '/'));
	ksort($node, SORT_STRING);
	foreach ($node as $key => $child) {
		$xml .= is_array($child)
			? dirXml($key, $child, $depth + 1)
			: sprintf("%s  <file name=\"%s\" role=\"%s\"/>\n", $pad, htmlspecialchars($key), role($child));
	}
	return $xml . $pad . "</dir>\n";
}

function headerVersion(): string
{
	$h = (string)file_get_contents(ROOT . '/php_b24.h');
	if (!preg_match('/#define PHP_B24_VERSION "([^"]+)"/', $h, $m)) {
		fwrite(STDERR, "PHP_B24_VERSION not found in php_b24.h\n");
		exit(1);
	}
	return $m[1];
}

$mode = $argv[1] ?? '--check';
$xml = (string)file_get_contents(ROOT . '/package.xml');
$want = contentsXml(shippedFiles());
$now = preg_match('#  <contents>.*?</contents>#s', $xml, $m) ? $m[0] : '';

if ($mode === '--write') {
	file_put_contents(ROOT . '/package.xml', str_replace($now, $want, $xml));
	exit(0);
}
$ok = true;
if ($now !== $want) {
	fwrite(STDERR, "package.xml <contents> differs from the tree; run: php scripts/package-xml.php --write\n");
	$ok = false;
}
$version = headerVersion();
if (!preg_match('#<version>\s*<release>' . preg_quote($version, '#') . '</release>#', $xml)) {
	fwrite(STDERR, "package.xml release is not PHP_B24_VERSION $version\n");
	$ok = false;
}
exit($ok ? 0 : 1);
