/** The application frame: header with app badge, search, theme and language; navigation; the routed page. */
import {
  AppShell,
  Burger,
  Group,
  NavLink,
  ScrollArea,
  Text,
  Tooltip,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { NavLink as RouterNavLink, Outlet, useLocation } from 'react-router';
import { OperatorMenu } from '../features/auth/operator-menu';
import { checkAccess, useOperator } from '../lib/access';
import { useLanguage, useMessages } from '../lib/i18n/i18n';
import { AppBadge } from './app-badge';
import { AppSpotlight, SpotlightButton } from './app-spotlight';
import { LanguageMenu } from './language-menu';
import { shellMessages } from './messages';
import { navItems, type NavItem } from './nav';
import { ThemeMenu } from './theme-menu';

/** The shell around every page. */
export function Layout() {
  const [opened, { toggle, close }] = useDisclosure();
  const m = useMessages(shellMessages);
  const location = useLocation();
  const operator = useOperator();
  const { lang } = useLanguage();
  // Hide what the role can never open; a deeper item (Operators under Settings) owns its own paths.
  const visible = navItems.filter(
    (item) => !item.requires || checkAccess(operator, item.requires, lang).allowed,
  );
  const isActive = (item: NavItem) =>
    location.pathname === item.path ||
    (location.pathname.startsWith(`${item.path}/`) &&
      !navItems.some(
        (other) =>
          other.path.startsWith(`${item.path}/`) &&
          (location.pathname === other.path || location.pathname.startsWith(`${other.path}/`)),
      ));

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <a href="#main" className="skip-link">
        {m.skipToContent}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={m.header.toggleNav}
            />
            <UnstyledButton component={RouterNavLink} to="/">
              <Text fw={700} size="lg">
                {m.appName}
              </Text>
            </UnstyledButton>
            <AppBadge />
          </Group>
          <Group gap="xs" wrap="nowrap">
            <SpotlightButton />
            <ThemeMenu />
            <LanguageMenu />
            <OperatorMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={m.nav.label} component="nav">
        <VisuallyHidden>
          <h2>{m.nav.label}</h2>
        </VisuallyHidden>
        <AppShell.Section grow component={ScrollArea}>
          {visible.map((item) => {
            const gate = item.gatedBy ? checkAccess(operator, item.gatedBy, lang) : undefined;
            if (gate && !gate.allowed)
              return (
                <Tooltip key={item.key} label={gate.reason} withArrow position="right">
                  <div tabIndex={0}>
                    <NavLink
                      component="button"
                      disabled
                      aria-disabled
                      label={m.nav[item.key]}
                      description={<VisuallyHidden>{gate.reason}</VisuallyHidden>}
                      leftSection={<item.icon size={18} stroke={1.6} aria-hidden />}
                    />
                  </div>
                </Tooltip>
              );
            return (
              <NavLink
                key={item.key}
                component={RouterNavLink}
                to={item.path}
                // `end`: the router marks only its exact path current; `active` covers sub-pages.
                end
                label={m.nav[item.key]}
                leftSection={<item.icon size={18} stroke={1.6} aria-hidden />}
                active={isActive(item)}
                onClick={close}
              />
            );
          })}
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <Outlet />
      </AppShell.Main>
      <AppSpotlight />
    </AppShell>
  );
}
