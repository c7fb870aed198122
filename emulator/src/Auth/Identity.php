<?php

declare(strict_types=1);

namespace B24Emu\Auth;

/** Who a REST call authenticated as: a webhook or an application token, for one user. */
final class Identity
{
    public const WEBHOOK = 'webhook';
    public const APP = 'app';

    /** @param list<string> $scopes */
    public function __construct(
        public readonly string $type,
        public readonly int $userId,
        public readonly bool $admin,
        public readonly array $scopes,
        public readonly string $key,
        /** @var array<string, mixed> the access token's row, for an application */
        public readonly array $token = [],
    ) {
    }

    public function isApp(): bool
    {
        return $this->type === self::APP;
    }

    public function hasScope(string $scope): bool
    {
        return $scope === '' || $scope === 'basic' || in_array($scope, $this->scopes, true);
    }

    /** @return array<string, mixed> */
    public function describe(): array
    {
        return ['type' => $this->type, 'user_id' => $this->userId, 'admin' => $this->admin, 'scope' => implode(',', $this->scopes)];
    }
}
