package me.snaq.inventory.access.domain;

import me.snaq.inventory.shared.error.ApplicationException;
import me.snaq.inventory.shared.error.ErrorCode;

public class ApiKeyNotFoundException extends ApplicationException {
  public ApiKeyNotFoundException(String id) {
    super(ErrorCode.API_KEY_NOT_FOUND, id);
  }
}
