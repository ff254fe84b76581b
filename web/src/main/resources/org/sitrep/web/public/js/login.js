// The login box in the header of both pages: name + password -> POST /api/login; shows user and role.
import {login, logout, onSession, refreshSession} from './api.js';
import {status} from './dom.js';

export function initLoginBox() {
  const form = document.getElementById('login-form');
  const name = document.getElementById('login-name');
  const password = document.getElementById('login-password');
  const submit = document.getElementById('login-submit');
  const userBox = document.getElementById('login-user');
  const who = document.getElementById('login-who');
  const role = document.getElementById('login-role');
  const error = document.getElementById('login-error');

  form.addEventListener('submit', async e => {
    e.preventDefault();
    error.textContent = '';
    submit.disabled = true;
    try {
      await login(name.value.trim(), password.value);
      password.value = '';
    } catch (err) {
      error.textContent = err.status === 401 ? 'Wrong name or password.' : `Login failed: ${err.message}`;
      password.select();
    } finally {
      submit.disabled = false;
    }
  });
  document.getElementById('logout').addEventListener('click', async () => {
    try {
      await logout();
    } catch (err) {
      status(`Logout failed: ${err.message}`, 'error');
    }
  });

  onSession(s => {
    const loggedIn = !!s.user;
    form.hidden = loggedIn;
    userBox.hidden = !loggedIn;
    who.textContent = loggedIn ? s.user.name : '';
    role.textContent = loggedIn ? s.user.role : '';
    role.dataset.role = loggedIn ? s.user.role : '';
    document.body.classList.toggle('can-write', s.canWrite);
  });
  return refreshSession().catch(err => status(`Cannot reach the server: ${err.message}`, 'error'));
}
